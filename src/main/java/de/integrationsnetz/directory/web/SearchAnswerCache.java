package de.integrationsnetz.directory.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.integrationsnetz.directory.search.OfferSearch;
import de.integrationsnetz.directory.search.OfferSearch.AnswersVersion;
import de.integrationsnetz.directory.search.SearchProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps whole answers of the public search (the finder page {@code /}, its htmx fragment and the JSON search
 * {@code /api/v1/offers}) and answers the same request again from memory, without searching and rendering
 * (docs/directory.md §4.5, docs/performance.md). Popular searches repeat: the start page without a query most of all.
 *
 * <p>An answer is reused only for the same path, parameters, language and htmx headers, only while the offer index
 * and the taxonomy's labels have not changed since it was made ({@link OfferSearch#answersVersion()}: a published or
 * withdrawn offer shows at once), on the same day ("starts soon"), and for at most
 * {@code app.directory.search.response-cache-ttl}. Only anonymous GETs are kept, and only answers with status 200 that set no cookie; a logged-in user always
 * gets a fresh page. Answers are kept gzip-compressed (a finder page is about 9 KB so) and sent as they are to
 * clients that accept gzip, which is every browser. A kept answer says how old it is in an {@code Age} header.
 */
final class SearchAnswerCache extends OncePerRequestFilter {

    static final Set<String> PATHS = Set.of("/", "/api/v1/offers");
    /** Headers of the answer that are kept with it (security headers are written on every request anyway). */
    private static final List<String> KEPT_HEADERS = List.of("Cache-Control", "Content-Language", "Vary",
            "HX-Push-Url", "ETag", "Last-Modified", "Expires");
    private static final int LARGEST_KEPT_BYTES = 512 * 1024;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private record Answer(byte[] gzip, String contentType, Map<String, String> headers, AnswersVersion version,
            LocalDate day, Instant made) {}

    private final OfferSearch search;
    private final LocaleResolver locales;
    private final Clock clock;
    private final @Nullable Cache<String, Answer> answers;

    SearchAnswerCache(OfferSearch search, LocaleResolver locales, SearchProperties properties, Clock clock) {
        this.search = search;
        this.locales = locales;
        this.clock = clock;
        boolean enabled = !properties.responseCacheTtl().isNegative() && !properties.responseCacheTtl().isZero() && properties.responseCacheSize().toBytes() > 0;
        this.answers = !enabled ? null : Caffeine.newBuilder()
                .maximumWeight(properties.responseCacheSize().toBytes())
                .weigher((String key, Answer answer) -> key.length() * 2 + answer.gzip().length + 256)
                .expireAfterWrite(properties.responseCacheTtl())
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return answers == null || !"GET".equals(request.getMethod()) || !PATHS.contains(request.getRequestURI())
                // ?lang= switches the language and sets a cookie: that answer is the user's own
                || request.getParameter("lang") != null || !anonymous();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        @Nullable AnswersVersion version = search.answersVersion();
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));
        Answer kept = answers.getIfPresent(key);
        if (kept != null && kept.version().equals(version) && kept.day().equals(today)) {
            send(kept, request, response, Duration.between(kept.made(), clock.instant()));
            return;
        }
        ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recording);
        if (version != null && recording.getStatus() == 200 && recording.getContentType() != null
                && response.getHeaders("Set-Cookie").isEmpty() && recording.getContentSize() <= LARGEST_KEPT_BYTES) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : KEPT_HEADERS) {
                if (recording.containsHeader(name)) {
                    headers.put(name, String.join(", ", recording.getHeaders(name)));
                }
            }
            Answer made = new Answer(gzip(recording.getContentAsByteArray()), recording.getContentType(), headers,
                    version, today, clock.instant());
            answers.put(key, made);
            if (acceptsGzip(request)) {
                // Already compressed for keeping: sent so, Tomcat need not compress it a second time.
                sendBody(made, request, response);
                return;
            }
        }
        recording.copyBodyToResponse();
    }

    /** Path, parameters (by name; a GET has them only from its query string), language and htmx headers. */
    private String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(request.getRequestURI()).append('?');
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (String value : values) {
                key.append(name).append('=').append(value).append('&');
            }
        });
        return key.append('\n').append(locales.resolveLocale(request).toLanguageTag())
                .append('\n').append(request.getHeader("HX-Request"))
                .append('\n').append(request.getHeader("HX-History-Restore-Request")).toString();
    }

    private static boolean anonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    private static void send(Answer answer, HttpServletRequest request, HttpServletResponse response, Duration age)
            throws IOException {
        response.setStatus(200);
        response.setContentType(answer.contentType());
        answer.headers().forEach(response::setHeader);
        // what a shared cache says of an answer it kept (RFC 9111 §5.1)
        response.setHeader("Age", Long.toString(Math.max(0, age.toSeconds())));
        sendBody(answer, request, response);
    }

    private static void sendBody(Answer answer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String vary = answer.headers().get("Vary");
        response.setHeader("Vary", vary == null ? "Accept-Encoding" : vary + ", Accept-Encoding");
        if (acceptsGzip(request)) {
            // Tomcat does not compress again an answer that already names its encoding.
            response.setHeader("Content-Encoding", "gzip");
            response.setContentLength(answer.gzip().length);
            response.getOutputStream().write(answer.gzip());
        } else {
            try (InputStream plain = new GZIPInputStream(new java.io.ByteArrayInputStream(answer.gzip()))) {
                plain.transferTo(response.getOutputStream());
            }
        }
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && accepted.contains("gzip");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
