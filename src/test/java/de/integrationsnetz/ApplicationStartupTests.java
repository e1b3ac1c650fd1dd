package de.integrationsnetz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.integrationsnetz.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hamcrest.Matchers;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ApplicationStartupTests {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void reportsReadinessForLoadBalancers() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    void servesTheStartPageInGermanByDefault() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<html lang=\"de\" dir=\"ltr\">")))
                .andExpect(content().string(Matchers.containsString("Zum Inhalt springen")));
    }

    @Test
    void sendsAContentSecurityPolicyThatAllowsNoInlineScript() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self';")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void showsATranslatedErrorPageWithoutTechnicalDetailsForUnknownPages() throws Exception {
        HttpResponse<String> german = fetch("/does-not-exist", "de");
        assertThat(german.statusCode()).isEqualTo(404);
        assertThat(german.body()).contains("Seite nicht gefunden").doesNotContain("Exception").doesNotContain("at org.");

        HttpResponse<String> arabic = fetch("/does-not-exist", "ar");
        assertThat(arabic.body()).contains("dir=\"rtl\"").doesNotContain("Seite nicht gefunden");
    }

    private HttpResponse<String> fetch(String path, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .header("Cookie", "lang=" + language)
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
