package fr.paritaire.assistant.web;

import fr.paritaire.assistant.role.RoleGuide;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/roles}: {@code {"roles": [{"id": "delegate", "label": {"fr": …, "en": …}, "starters": {"fr": […],
 * "en": […]}}, …]}} — the roles {@code /api/ask} accepts, with the starter questions the web chat and Slack offer.
 */
@RestController
@RequestMapping("/api")
class RolesController {

    private final RoleGuide guide;

    RolesController(RoleGuide guide) {
        this.guide = guide;
    }

    record RolesResponse(List<RoleGuide.RoleCard> roles) {
    }

    @GetMapping("/roles")
    RolesResponse roles() {
        return new RolesResponse(guide.roles());
    }
}
