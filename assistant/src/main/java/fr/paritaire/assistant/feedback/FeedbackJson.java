package fr.paritaire.assistant.feedback;

import fr.paritaire.assistant.answer.Citation;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/** How feedback is written as JSON, by both stores: lenient on read so older lines with fewer fields still load. */
final class FeedbackJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    static final JavaType CITATIONS = MAPPER.getTypeFactory().constructCollectionType(List.class, Citation.class);

    private FeedbackJson() {
    }
}
