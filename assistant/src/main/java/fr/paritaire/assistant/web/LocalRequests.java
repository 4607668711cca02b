package fr.paritaire.assistant.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Whether a request comes from someone at this machine. Until there is access control, changing the knowledge base is
 * allowed only to them. Three checks: the connection's address is loopback (forwarding headers, which any client can
 * write, do not count); the Host named is this machine, so a page whose domain was pointed at 127.0.0.1 (DNS
 * rebinding) is refused; and a browser's Origin, when sent, is that same host, so another site open in a local
 * browser cannot post a form here (cross-site request forgery).
 */
final class LocalRequests {

    private LocalRequests() {
    }

    static boolean isLocal(HttpServletRequest request) {
        return isLoopback(request.getRemoteAddr()) && isLoopbackHost(request.getHeader("Host"))
                && sameOrigin(request.getHeader("Origin"), request.getHeader("Host"));
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

    /** {@code localhost}, {@code 127.0.0.1:8080}, {@code [::1]:8080}…; no Host header (HTTP/1.0 tools) is accepted. */
    static boolean isLoopbackHost(String host) {
        if (host == null || host.isBlank()) return true;
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) name = name.substring(1, Math.max(1, name.indexOf(']')));
        else if (name.indexOf(':') == name.lastIndexOf(':') && name.contains(":")) name = name.substring(0, name.indexOf(':'));
        return name.equals("localhost") || name.endsWith(".localhost") || isLoopback(name);
    }

    /** No Origin (not a browser, or a same-origin GET) or an Origin whose host:port is the Host asked for. */
    static boolean sameOrigin(String origin, String host) {
        if (origin == null || origin.isBlank()) return true;
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null || host == null) return false;
            String authority = uri.getRawAuthority().toLowerCase(Locale.ROOT);
            String asked = host.strip().toLowerCase(Locale.ROOT);
            int defaultPort = "https".equals(uri.getScheme()) ? 443 : 80;
            return authority.equals(asked) || authority.equals(asked.replaceFirst(":" + defaultPort + "$", ""))
                    || (authority + ":" + defaultPort).equals(asked);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A change to the knowledge base asked from another machine, or by another site. */
    static final class NotLocal extends RuntimeException {
        NotLocal(String what) {
            super(what + " is allowed only from the machine Paritaire runs on, on its own page (until access control exists)");
        }
    }
}
