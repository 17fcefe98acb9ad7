package org.plangraph.cli;

import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line a failed command prints: what went wrong in words, and what to do about it, in place
 * of the exception Jena or Jetty threw (which may be wrapped several times, e.g. an assembler's
 * "caught: …" around TDB2's lock failure).
 */
final class FailureMessage {
    private static final Pattern LOCK_HELD = Pattern.compile("Failed to get a lock: file='(.*)': held by process (\\d+)");
    private static final Pattern BIND_FAILED = Pattern.compile("Failed to bind to .*:(\\d+)");

    private FailureMessage() {
    }

    /** @param command the subcommand that failed (load, serve, …), for what to do next */
    static String of(Throwable failure, String command) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            String message = String.valueOf(e.getMessage());
            Matcher lock = LOCK_HELD.matcher(message);
            if (lock.find()) {
                return lockHeld(storeOf(lock.group(1)), lock.group(2), command);
            }
            Matcher bind = BIND_FAILED.matcher(message);
            if (bind.find() || e instanceof BindException) {
                String port = bind.find(0) ? bind.group(1) : "the port";
                return "port " + port + " is in use (another server?): choose another with --port N (0 picks a free one), or stop what holds it";
            }
        }
        if (failure instanceof UncheckedIOException io && io.getCause() != null) {
            return Main.oneLine(failure) + ": " + reason(io.getCause());
        }
        return Main.oneLine(failure);
    }

    private static String lockHeld(String store, String process, String command) {
        if ("load".equals(command)) {
            return "the store " + store + " is held by a running server (process " + process + "): load into it with "
                    + "`./plangraph load --server http://localhost:PORT …` (the server needs --allow-update), or stop the server";
        }
        return "the store " + store + " is held by another process (" + process + "), a running server or a load: "
                + "stop it first, or use another store";
    }

    /** The store folder of a lock file: DIR/tdb2/tdb.lock, or DIR/tdb.lock for a bare TDB2 folder. */
    private static String storeOf(String lockFile) {
        Path folder = Path.of(lockFile).getParent();
        return folder != null && folder.getFileName() != null && folder.getFileName().toString().equals("tdb2") && folder.getParent() != null
                ? folder.getParent().toString() : String.valueOf(folder);
    }

    private static String reason(Throwable cause) {
        if (cause instanceof NoSuchFileException) {
            return "no such file";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        return Main.oneLine(cause);
    }
}
