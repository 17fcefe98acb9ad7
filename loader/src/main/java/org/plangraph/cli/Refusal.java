package org.plangraph.cli;

import org.plangraph.read.SourceRejectedException;

/**
 * A file or folder passed over, with why, in words a user acts on.
 *
 * @param name   the file's name, or a folder's path as given
 * @param reason what is wrong, and what to do where there is something to do
 */
record Refusal(String name, String reason) {
    static Refusal of(SourceRejectedException e) {
        return new Refusal(e.fileName(), e.problem());
    }

    /** The one line printed for it. */
    String line() {
        return "plangraph: " + name + ": " + reason;
    }

    /** The line printed for a file passed over that is no failure. */
    String note() {
        return "plangraph: " + name + ": note: " + reason;
    }
}
