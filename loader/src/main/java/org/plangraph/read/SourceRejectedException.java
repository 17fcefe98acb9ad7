package org.plangraph.read;

/** A file that cannot be read as a document; the message names the file and the problem in one line. */
public class SourceRejectedException extends Exception {
    private final String fileName;
    private final String problem;

    public SourceRejectedException(String fileName, String problem) {
        super(fileName + ": " + problem);
        this.fileName = fileName;
        this.problem = problem;
    }

    public String fileName() {
        return fileName;
    }

    public String problem() {
        return problem;
    }
}
