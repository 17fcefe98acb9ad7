package org.plangraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.plangraph.data.DataFiles;
import org.plangraph.store.StoreConfig;

/**
 * {@code /assets/NAME}: the scripts and style sheets the pages use, all served from here so that no
 * page loads anything from another host. YASGUI and ECharts come from their WebJars on the class
 * path; the project's own files from {@code fuseki-config/ui/}. Only the files listed are served.
 */
final class AssetServlet extends HttpServlet {
    private static final String WEBJARS = "META-INF/resources/webjars/";

    private record Asset(String type, String webjarPath, String uiFile) {
    }

    static final Map<String, Asset> ASSETS = Map.of(
            "yasgui.min.js", new Asset("text/javascript", WEBJARS + "zazuko__yasgui/4.5.0/build/yasgui.min.js", null),
            "yasgui.min.css", new Asset("text/css", WEBJARS + "zazuko__yasgui/4.5.0/build/yasgui.min.css", null),
            "echarts.min.js", new Asset("text/javascript", WEBJARS + "echarts/5.3.1/dist/echarts.min.js", null),
            "site.css", new Asset("text/css", null, "ui/site.css"),
            "dashboard.js", new Asset("text/javascript", null, "ui/dashboard.js"));

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Asset asset = ASSETS.get(name);
        if (asset == null) {
            Json.error(response, 404, "no asset " + name);
            return;
        }
        try (InputStream in = open(asset)) {
            if (in == null) {
                Json.error(response, 500, "asset " + name + " is missing from the class path");
                return;
            }
            response.setStatus(200);
            response.setContentType(asset.type());
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }

    static InputStream open(String name) throws IOException {
        return open(ASSETS.get(name));
    }

    private static InputStream open(Asset asset) throws IOException {
        if (asset.webjarPath() != null) {
            return AssetServlet.class.getClassLoader().getResourceAsStream(asset.webjarPath());
        }
        return DataFiles.open(StoreConfig.FOLDER, asset.uiFile());
    }
}
