package de.integrationsnetz.identity;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser over real HTTP (cookies kept, redirects not followed): for login, session and CSRF behaviour,
 * which MockMvc would simulate rather than exercise.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String lastPage = "";

    public Browser(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        lastPage = response.body();
        return response;
    }

    /** Posts a form with the CSRF token of the last page fetched, as a browser would. */
    public HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        csrfToken().ifPresent(token -> withToken.put("_csrf", token));
        return postWithoutToken(path, withToken);
    }

    public HttpResponse<String> postWithoutToken(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        lastPage = response.body();
        return response;
    }

    /** Opens the login page and submits the form: the response is the redirect after the login attempt. */
    public HttpResponse<String> logIn(String email, String password) throws Exception {
        get("/login");
        return post("/login", Map.of("email", email, "password", password));
    }

    public Optional<String> csrfToken() {
        Matcher matcher = CSRF.matcher(lastPage);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
