package fr.paritaire.assistant.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelSentencesTest {

    @Test
    void sentencesEndAfterTheirMarkersAndClosingQuotesNotAtAbbreviationsOrYears() {
        assertThat(ModelSentences.split("Selon l'art. L2312-8 du code, le CSE est consulté. [1] En 2024. Les élus « votent. » [2][3] Fin [4]"))
                .extracting(ModelSentences.Piece::sentence)
                .containsExactly("Selon l'art. L2312-8 du code, le CSE est consulté. [1]", "En 2024.", "Les élus « votent. » [2][3]", "Fin [4]");
    }

    @Test
    void lineBreaksEndSentencesAndStayInTheGapOfTheNext() {
        assertThat(ModelSentences.split("Étapes :\n\n- informer [1] ;\n- consulter [2]."))
                .containsExactly(new ModelSentences.Piece("", "Étapes :"), new ModelSentences.Piece("\n\n", "- informer [1] ;"),
                        new ModelSentences.Piece("\n", "- consulter [2]."));
    }

    @Test
    void aSentenceIsCompleteOnlyOnceTheNextHasBegun() {
        ModelSentences sentences = new ModelSentences();
        assertThat(sentences.add("Le CSE est consulté.")).isEmpty();
        assertThat(sentences.add(" [1")).isEmpty();
        assertThat(sentences.add("] ")).isEmpty();
        assertThat(sentences.add("Il")).extracting(ModelSentences.Piece::sentence).containsExactly("Le CSE est consulté. [1]");
        assertThat(sentences.finish()).containsExactly(new ModelSentences.Piece(" ", "Il"));
    }
}
