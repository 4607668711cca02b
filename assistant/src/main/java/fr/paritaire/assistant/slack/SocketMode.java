package fr.paritaire.assistant.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.springframework.context.SmartLifecycle;

/**
 * Socket Mode when {@code SLACK_APP_TOKEN} is set: the app opens a WebSocket to Slack (apps.connections.open), so no
 * public URL is needed. Started with the web server, stopped before it.
 */
final class SocketMode implements SmartLifecycle {

    private final App app;
    private final SlackProperties properties;
    private volatile SocketModeApp socketModeApp;

    SocketMode(App app, SlackProperties properties) {
        this.app = app;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (!properties.socketMode()) return;
        try {
            socketModeApp = new SocketModeApp(properties.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
            socketModeApp.startAsync();
        } catch (Exception e) {
            throw new IllegalStateException("Slack Socket Mode could not connect: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        SocketModeApp running = socketModeApp;
        socketModeApp = null;
        if (running == null) return;
        try {
            running.stop();
        } catch (Exception e) {
            // shutting down: nothing left to tell
        }
    }

    @Override
    public boolean isRunning() {
        return socketModeApp != null;
    }
}
