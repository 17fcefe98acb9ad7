package org.plangraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.plangraph.data.DataFiles;
import org.plangraph.store.StoreConfig;

/**
 * {@code /dashboard} ({@code fuseki-config/ui/dashboard.html}): charts drawn by its script from the
 * named-query API alone, so whatever it shows any other client can fetch from /api/queries.
 */
final class DashboardPage extends HttpServlet {
    static final String FILE = "ui/dashboard.html";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        try (InputStream in = DataFiles.open(StoreConfig.FOLDER, FILE)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
