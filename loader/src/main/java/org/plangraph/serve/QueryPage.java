package org.plangraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.plangraph.data.DataFiles;
import org.plangraph.store.StoreConfig;

/**
 * The analysts' query page at {@code /} ({@code fuseki-config/ui/index.html}: YASGUI with the
 * contract queries as examples). Anything else that no other part of the server serves is a 404.
 */
final class QueryPage extends HttpServlet {
    static final String FILE = "ui/index.html";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals("/") && !path.equals("/index.html") && !path.isEmpty()) {
            Json.error(response, 404, "nothing here: " + path);
            return;
        }
        response.setStatus(200);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        try (InputStream in = DataFiles.open(StoreConfig.FOLDER, FILE)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
