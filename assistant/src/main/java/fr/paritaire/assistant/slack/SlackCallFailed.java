package fr.paritaire.assistant.slack;

/** A Slack Web API call that did not go through: Slack's error code, an HTTP status, or a network failure. */
class SlackCallFailed extends RuntimeException {

    SlackCallFailed(String method, String error) {
        super("Slack " + method + " failed: " + error);
    }

    SlackCallFailed(String method, Throwable cause) {
        super("Slack " + method + " failed: " + cause.getMessage(), cause);
    }
}
