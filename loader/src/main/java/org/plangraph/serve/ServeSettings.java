package org.plangraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.plangraph.data.DataFiles;
import org.plangraph.store.StoreConfig;

/** The limits of {@code fuseki-config/server.properties}. */
public record ServeSettings(int maxRows, long maxRequestBytes, int maxQueryStringChars, int namedQueryMaxRows, int maxIncoming,
        int maxHeaderBytes, long maxUploadBytes) {
    public static final String FILE = "server.properties";

    /** The project's own settings file, or FILE when given. */
    public static ServeSettings read(Path file) {
        Properties p = new Properties();
        try (InputStream in = file != null ? Files.newInputStream(file) : DataFiles.open(StoreConfig.FOLDER, FILE)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + (file != null ? file : StoreConfig.FOLDER + "/" + FILE), e);
        }
        return new ServeSettings(
                Integer.parseInt(p.getProperty("query.maxRows", "10000").strip()),
                Long.parseLong(p.getProperty("request.maxBytes", "262144").strip()),
                Integer.parseInt(p.getProperty("request.maxQueryStringChars", "16384").strip()),
                Integer.parseInt(p.getProperty("namedQuery.maxRows", "100000").strip()),
                Integer.parseInt(p.getProperty("linkedData.maxIncoming", "500").strip()),
                Integer.parseInt(p.getProperty("request.maxHeaderBytes", "8192").strip()),
                Long.parseLong(p.getProperty("upload.maxBytes", "67108864").strip()));
    }

    public ServeSettings withMaxRows(int rows) {
        return new ServeSettings(rows, maxRequestBytes, maxQueryStringChars, namedQueryMaxRows, maxIncoming, maxHeaderBytes, maxUploadBytes);
    }

    public ServeSettings withNamedQueryMaxRows(int rows) {
        return new ServeSettings(maxRows, maxRequestBytes, maxQueryStringChars, rows, maxIncoming, maxHeaderBytes, maxUploadBytes);
    }

    public ServeSettings withMaxIncoming(int triples) {
        return new ServeSettings(maxRows, maxRequestBytes, maxQueryStringChars, namedQueryMaxRows, triples, maxHeaderBytes, maxUploadBytes);
    }
}
