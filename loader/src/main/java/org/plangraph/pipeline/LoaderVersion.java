package org.plangraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The loader's version, recorded in every graph's provenance. */
public final class LoaderVersion {
    private static final String VERSION = read();

    private LoaderVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = LoaderVersion.class.getClassLoader().getResourceAsStream("plangraph-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
