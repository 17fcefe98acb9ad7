package org.plangraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The one user allowed to update, as {@code user:password}: read from a file or from the environment
 * variable {@value #ENV}, never from the command line where it would show in the process list.
 */
public record UpdateCredentials(String user, String password) {
    public static final String ENV = "PLANGRAPH_UPDATE_CREDENTIALS";

    public UpdateCredentials {
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("update credentials need a user and a password (user:password)");
        }
        if (!user.matches("[A-Za-z0-9._@-]+")) {
            throw new IllegalArgumentException("update user name may use letters, digits and ._@- only");
        }
    }

    public static UpdateCredentials parse(String userColonPassword) {
        String line = userColonPassword.strip();
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("update credentials must be written user:password");
        }
        return new UpdateCredentials(line.substring(0, colon), line.substring(colon + 1));
    }

    public static UpdateCredentials fromFile(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no user:password line in " + file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read credentials from " + file, e);
        }
    }

    /** The credentials in {@value #ENV}, or null when it is unset. */
    public static UpdateCredentials fromEnvironment() {
        String value = System.getenv(ENV);
        return value == null || value.isBlank() ? null : parse(value);
    }

    /** A Jetty password file (readable by its owner only) holding these credentials, deleted at exit. */
    Path writeJettyPasswordFile() {
        try {
            Path file = Files.createTempFile("plangraph-passwd", ".properties",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            file.toFile().deleteOnExit();
            Files.writeString(file, user + ": " + password.replace("\\", "\\\\") + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
