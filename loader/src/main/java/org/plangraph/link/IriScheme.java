package org.plangraph.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Mints the IRIs of everything the loader makes, deterministically: the same file gives the same
 * IRIs on any machine. Paths use codes and numbers, never agency names that get reorganised.
 *
 * <pre>
 * {base}graph/{file}                      the named graph of one source file
 * {base}source/{file}                     the source file
 * {base}doc/{file}/{n}                    the n-th logical document in it
 * {base}doc/{file}/{n}/p/{2.1.1}          a numbered part, by the numbers of its labels
 * {base}doc/{file}/{n}/p/{2.1.1}/task/{k} a task of a measure
 * {base}agency/{area}/{name}              an agency within its jurisdiction
 * {base}area/{name}                       an administrative area
 * {base}policy/{key}                      a source policy (by document number, else normalised title)
 * {base}summary                           the summary graph (not a file's: no file key is "summary" under graph/)
 * {base}summary/{cube}                    one of its data sets
 * {base}summary/{cube}/{key}              an observation, keyed by a hash of its dimension values
 * </pre>
 * A file is keyed by its name without extension when that is plain ASCII, else by a hash of its name.
 */
public final class IriScheme {
    /** Where IRIs live when nothing else is configured: the embedded server's own address. */
    public static final String DEFAULT_BASE = "http://localhost:3030/id/";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,80}");

    private final String base;

    public IriScheme(String base) {
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    public static IriScheme standard() {
        String configured = System.getProperty("plangraph.base", System.getenv("PLANGRAPH_BASE"));
        return new IriScheme(configured == null || configured.isBlank() ? DEFAULT_BASE : configured);
    }

    public String base() {
        return base;
    }

    public String fileKey(String fileName) {
        String stem = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        return PLAIN.matcher(stem).matches() ? stem : "f" + hash(fileName, 16);
    }

    public String graph(String fileName) {
        return base + "graph/" + fileKey(fileName);
    }

    public String sourceFile(String fileName) {
        return base + "source/" + fileKey(fileName);
    }

    public String document(String fileName, String documentKey) {
        return base + "doc/" + fileKey(fileName) + "/" + documentKey;
    }

    public String agency(String jurisdiction, String identity) {
        return base + "agency/" + (jurisdiction == null ? "unknown" : hash(jurisdiction, 10)) + "/" + hash(identity, 12);
    }

    public String area(String name) {
        return base + "area/" + hash(name, 10);
    }

    public String policy(String key) {
        return base + "policy/" + hash(key, 16);
    }

    public String summaryGraph() {
        return base + "summary";
    }

    public String summaryDataSet(String cube) {
        return base + "summary/" + cube;
    }

    /** Stable across rebuilds: the same dimension values give the same observation. */
    public String observation(String cube, String dimensionValues) {
        return base + "summary/" + cube + "/" + hash(dimensionValues, 16);
    }

    public String loader(String version) {
        return base + "loader/" + version;
    }

    public static String hash(String s, int hexDigits) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
