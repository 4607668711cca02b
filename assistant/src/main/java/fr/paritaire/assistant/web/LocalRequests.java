package fr.paritaire.assistant.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether a request comes from this machine. Until there is access control, changing the knowledge base is allowed
 * only to someone at the machine itself. The connection's address decides; forwarding headers, which any client can
 * write, do not.
 */
final class LocalRequests {

    private LocalRequests() {
    }

    static boolean isLocal(HttpServletRequest request) {
        return isLoopback(request.getRemoteAddr());
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F:.%\\[\\]]+")) return false;
        try {
            // an IP literal: no name lookup happens
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A change to the knowledge base asked from another machine. */
    static final class NotLocal extends RuntimeException {
        NotLocal(String what) {
            super(what + " is allowed only from the machine Paritaire runs on (until access control exists)");
        }
    }
}
