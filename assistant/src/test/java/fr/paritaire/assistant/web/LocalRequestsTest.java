package fr.paritaire.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.paritaire.assistant.documents.DocumentUploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** Adding a document is allowed only to a request from this machine, whatever its headers claim. */
class LocalRequestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.1.1", "::1", "0:0:0:0:0:0:0:1"})
    void loopbackAddressesAreLocal(String address) {
        assertThat(LocalRequests.isLoopback(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.7", "192.168.1.20", "203.0.113.9", "2001:db8::1", "", "localhost", "evil.example", "0.0.0.0"})
    void otherAddressesAndNamesAreNot(String address) {
        assertThat(LocalRequests.isLoopback(address)).isFalse();
    }

    @Test
    void theRequestsConnectionAddressDecidesNotItsForwardingHeaders() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("198.51.100.4");
        request.addHeader("Host", "localhost:8080");
        request.addHeader("X-Forwarded-For", "127.0.0.1");
        assertThat(LocalRequests.isLocal(request)).isFalse();
        request.setRemoteAddr("127.0.0.1");
        assertThat(LocalRequests.isLocal(request)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8080", "127.0.0.1:8080", "[::1]:8080", "paritaire.localhost:8080"})
    void loopbackHostsAreThisMachine(String host) {
        assertThat(LocalRequests.isLoopbackHost(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"attacker.example:8080", "192.168.1.20:8080", "localhost.attacker.example", "[2001:db8::1]:8080"})
    void otherHostsAreNot(String host) {
        assertThat(LocalRequests.isLoopbackHost(host)).isFalse();
    }

    @Test
    void aPageOfAnotherSiteCannotPostFromALocalBrowser() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("127.0.0.1");
        request.addHeader("Host", "localhost:8080");
        request.addHeader("Origin", "https://attacker.example");
        assertThat(LocalRequests.isLocal(request)).as("cross-site form post").isFalse();

        MockHttpServletRequest rebound = new MockHttpServletRequest();
        rebound.setRemoteAddr("127.0.0.1");
        rebound.addHeader("Host", "attacker.example:8080");
        rebound.addHeader("Origin", "http://attacker.example:8080");
        assertThat(LocalRequests.isLocal(rebound)).as("DNS rebinding").isFalse();

        MockHttpServletRequest own = new MockHttpServletRequest();
        own.setRemoteAddr("127.0.0.1");
        own.addHeader("Host", "localhost:8080");
        own.addHeader("Origin", "http://localhost:8080");
        assertThat(LocalRequests.isLocal(own)).as("the documents page itself").isTrue();
    }

    @Test
    void anUploadFromAnotherMachineIsForbiddenBeforeAnythingIsWritten() throws Exception {
        DocumentUploads uploads = mock(DocumentUploads.class);
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new DocumentUploadController(uploads))
                .setControllerAdvice(new ApiExceptionHandler()).build();
        MockMultipartFile file = new MockMultipartFile("file", "note.txt", "text/plain", "Une note.".getBytes());

        mvc.perform(multipart("/api/documents").file(file).with(r -> { r.setRemoteAddr("192.168.1.20"); return r; }))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("only from the machine")));
        verifyNoInteractions(uploads);
    }
}
