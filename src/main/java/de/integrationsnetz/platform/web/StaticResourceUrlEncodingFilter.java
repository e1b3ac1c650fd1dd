package de.integrationsnetz.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Puts the content hash into the links of static files ({@code @{/css/app.css}} → {@code /css/app-3f2c….css}) like
 * Spring's {@link ResourceUrlEncodingFilter}, but only for links into the folders that hold static files. Spring's
 * filter asks the resource resolvers for every link a page builds, because static files are served from {@code /**};
 * for a link such as {@code /offers/…} that means a search of the class path and every WebJar that finds nothing and
 * is not cached: about a sixth of the time a finder page took to render (docs/performance.md).
 */
public class StaticResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {

    /** Where static files live (spring.web.resources.chain.strategy.content.paths plus the WebJars). */
    static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/vendor/", "/img/", "/webjars/");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletResponse plain = (HttpServletResponse) response;
        super.doFilter(request, response, (wrappedRequest, versioning) -> chain.doFilter(wrappedRequest,
                new OnlyStaticLinks((HttpServletResponse) versioning, plain)));
    }

    static boolean isStatic(String url) {
        for (String prefix : STATIC_PREFIXES) {
            if (url.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Sends links to static files through the versioning response, every other link past it. */
    private static final class OnlyStaticLinks extends HttpServletResponseWrapper {

        private final HttpServletResponse plain;

        OnlyStaticLinks(HttpServletResponse versioning, HttpServletResponse plain) {
            super(versioning);
            this.plain = plain;
        }

        @Override
        public String encodeURL(String url) {
            return isStatic(url) ? super.encodeURL(url) : plain.encodeURL(url);
        }
    }
}
