package org.plangraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request, whatever serves it (SPARQL, the named-query API, linked data): method,
 * path and query, status, time. Fuseki's own two-line action log is turned down in log4j2.properties.
 */
final class RequestLogFilter implements Filter {
    static final Logger LOG = LoggerFactory.getLogger("org.plangraph.serve.Requests");
    private static final int MAX_LOGGED = 300;

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        long started = System.nanoTime();
        try {
            chain.doFilter(req, resp);
        } finally {
            String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            if (target.length() > MAX_LOGGED) {
                target = target.substring(0, MAX_LOGGED) + "…";
            }
            LOG.info("{} {} {} {} ms {}", request.getMethod(), target, response.getStatus(),
                    (System.nanoTime() - started) / 1_000_000, request.getRemoteAddr());
        }
    }
}
