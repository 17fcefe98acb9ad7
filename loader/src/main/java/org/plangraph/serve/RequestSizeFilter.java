package org.plangraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Turns away requests larger than the settings allow before anything reads them: a body over
 * {@code request.maxBytes} (413), a body of unknown length (411), an over-long GET query string (414).
 * The upload endpoint takes whole graphs and sits behind a password, so its bodies may reach
 * {@code upload.maxBytes}; a client without credentials gets 401 there before its body is read.
 */
final class RequestSizeFilter implements Filter {
    private final long maxBytes;
    private final int maxQueryStringChars;
    private final String uploadPath;
    private final long maxUploadBytes;

    RequestSizeFilter(long maxBytes, int maxQueryStringChars, String uploadPath, long maxUploadBytes) {
        this.maxBytes = maxBytes;
        this.maxQueryStringChars = maxQueryStringChars;
        this.uploadPath = uploadPath;
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        long length = request.getContentLengthLong();
        String qs = request.getQueryString();
        long maxBytes = uploadPath.equals(request.getRequestURI()) ? maxUploadBytes : this.maxBytes;
        if (length > maxBytes) {
            refuse(response, 413, "request body of " + length + " bytes is over the limit of " + maxBytes);
        } else if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            refuse(response, 411, "send a Content-Length with the request body");
        } else if (qs != null && qs.length() > maxQueryStringChars) {
            refuse(response, 414, "query string over " + maxQueryStringChars + " characters; send the query by POST");
        } else {
            chain.doFilter(req, resp);
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        Json.error(response, status, message);
    }
}
