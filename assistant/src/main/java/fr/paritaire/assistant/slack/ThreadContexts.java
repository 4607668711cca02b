package fr.paritaire.assistant.slack;

import com.slack.api.bolt.service.AssistantThreadContextService;
import com.slack.api.model.assistant.AssistantThreadContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which channel each assistant thread was opened from (it gives the asker's role), kept in memory: Bolt's default
 * looks it up with Web API calls before acknowledging, which would eat into Slack's 3 seconds.
 */
final class ThreadContexts implements AssistantThreadContextService {

    private static final int CAPACITY = 10_000;

    private final Map<String, AssistantThreadContext> contexts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AssistantThreadContext> eldest) {
            return size() > CAPACITY;
        }
    };

    @Override
    public synchronized Optional<AssistantThreadContext> findCurrentContext(String channelId, String threadTs) {
        return Optional.ofNullable(contexts.get(channelId + ":" + threadTs));
    }

    @Override
    public synchronized void saveCurrentContext(String channelId, String threadTs, AssistantThreadContext context) {
        if (context != null) contexts.put(channelId + ":" + threadTs, context);
    }
}
