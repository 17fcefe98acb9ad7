package org.plangraph.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.plangraph.read.FileKind;

/**
 * The document files named on a command line: files as given (always tried, whatever their name),
 * folders searched for document files. What a folder holds that is not read is named, never skipped
 * silently: files of other types, and sub-folders that cannot be listed.
 */
final class Inputs {
    /** The endings of the files taken from folders; the read stage tells their format from their content. */
    static final List<String> DOCUMENT_ENDINGS = List.of(".txt", ".text", ".htm", ".html", ".shtml", ".xhtml", ".pdf", ".doc", ".docx");

    private Inputs() {
    }

    /** A folder's own documentation (README.md beside the documents): named as passed over, not failed. */
    private static final java.util.regex.Pattern FOLDER_README = java.util.regex.Pattern.compile(
            "(?i)read[_-]?me(?:\\.(?:md|markdown|rst|adoc|org))?");

    /**
     * @param files      the files to read, in command-line order, each folder's in name order
     * @param refused    what folders held that is not read, each with its reason: each counts as failed
     * @param passedOver what folders held that is not meant to be read (their README), named but not failed
     */
    record Expanded(List<Path> files, List<Refusal> refused, List<Refusal> passedOver) {
    }

    static Expanded expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        List<Refusal> passedOver = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                FolderWalk walk = new FolderWalk(p);
                try {
                    // links are followed: a folder of links to documents is common; a loop is reported by the walk
                    Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
                } catch (IOException e) {
                    walk.refused.add(new Refusal(p.toString(), "cannot list this folder: " + reason(e)));
                }
                walk.files.sort(Comparator.naturalOrder());
                walk.refused.sort(Comparator.comparing(Refusal::name));
                files.addAll(walk.files);
                refused.addAll(walk.refused);
                passedOver.addAll(walk.passedOver);
            } else {
                files.add(p);
            }
        }
        return new Expanded(files, refused, passedOver);
    }

    /** One folder's walk: its document files, and what it holds that is not read. */
    private static final class FolderWalk extends SimpleFileVisitor<Path> {
        private final Path root;
        final List<Path> files = new ArrayList<>();
        final List<Refusal> refused = new ArrayList<>();
        final List<Refusal> passedOver = new ArrayList<>();

        FolderWalk(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            // hidden folders (.git, .svn) hold no documents of the user's
            return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (isDocument(file)) {
                // the read stage refuses what is no regular file, with its reason
                files.add(file);
            } else if (FOLDER_README.matcher(name(file)).matches()) {
                passedOver.add(new Refusal(name(file), "the folder's documentation, not a document; not loaded"));
            } else if (!attrs.isRegularFile()) {
                refused.add(new Refusal(name(file), "not a regular file (a pipe, socket or device); not read"));
            } else {
                refused.add(new Refusal(name(file), notADocument(file)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                refused.add(new Refusal(file.toString(), "a link to a folder that contains it; not followed (remove the link)"));
            } else if (Files.isDirectory(file)) {
                refused.add(new Refusal(file.toString(), "cannot list this folder (" + reason(e)
                        + "); its documents were not loaded: check its permissions"));
            } else {
                refused.add(new Refusal(name(file), "cannot read file (" + reason(e) + ")"));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                refused.add(new Refusal(dir.toString(), "the folder could not be listed to its end (" + reason(e)
                        + "); some of its documents may not be loaded"));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    /** Why a file in a folder is not read, naming what it holds (from its content) or, unreadable, its extension. */
    static String notADocument(Path file) {
        String kind = FileKind.of(file);
        String ending = ending(file);
        if (kind == null) {
            return "not a supported document type (" + (ending.isEmpty() ? "a file without extension" : ending + " file")
                    + ", and it cannot be read)";
        }
        if (kind.equals("text") || kind.startsWith("a PDF") || kind.startsWith("a Word")) {
            return "not a supported document type by its name (" + (ending.isEmpty() ? "no extension" : ending) + "), though it holds "
                    + kind + "; to read it, rename it to a document ending (" + String.join(" ", DOCUMENT_ENDINGS)
                    + ") or name the file on the command line";
        }
        return "not a supported document type (" + kind + ")";
    }

    private static boolean isDocument(Path p) {
        String name = name(p).toLowerCase(Locale.ROOT);
        return DOCUMENT_ENDINGS.stream().anyMatch(name::endsWith);
    }

    private static boolean isHidden(Path p) {
        return name(p).startsWith(".");
    }

    private static String name(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }

    private static String ending(Path p) {
        String name = name(p);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : Main.oneLine(e);
    }
}
