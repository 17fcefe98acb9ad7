package org.plangraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.plangraph.data.DataFiles;
import org.plangraph.store.StoreConfig;

/**
 * The analysts' query page ({@code fuseki-config/ui/index.html}: YASGUI, served from /assets, with
 * the contract queries as examples), at {@code /query} and at {@code /plans/sparql} opened in a browser.
 */
final class QueryPage extends HttpServlet {
    static final String FILE = "ui/index.html";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(response);
    }

    static void send(HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        try (InputStream in = DataFiles.open(StoreConfig.FOLDER, FILE)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
