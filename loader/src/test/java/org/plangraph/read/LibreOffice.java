package org.plangraph.read;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Converts a DOCX to the binary DOC format with LibreOffice, as the only way to make a real DOC in a
 * test (POI writes no new DOC files). Tests are skipped when LibreOffice is not installed.
 */
final class LibreOffice {
    private static final long TIMEOUT_SECONDS = 180;

    private LibreOffice() {
    }

    /** The {@code soffice} program on the PATH; the calling test is skipped without it. */
    static Path sofficeOrSkip() {
        Optional<Path> found = Optional.empty();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                found = Optional.of(candidate);
                break;
            }
        }
        Assumptions.assumeTrue(found.isPresent(),
                "skipped: LibreOffice (soffice) is not installed (apt-get install libreoffice-writer-nogui); it makes the DOC under test");
        return found.get();
    }

    /** The DOC LibreOffice saves {@code docx} as. */
    static byte[] docxToDoc(byte[] docx, Path workDir) throws IOException, InterruptedException {
        Path soffice = sofficeOrSkip();
        Path in = workDir.resolve("converted.docx");
        Files.write(in, docx);
        Path profile = workDir.resolve("lo-profile");
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", "doc", "--outdir", workDir.toString(), in.toString())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("soffice.log").toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("LibreOffice did not convert within " + TIMEOUT_SECONDS + " s");
        }
        Path out = workDir.resolve("converted.doc");
        if (process.exitValue() != 0 || !Files.isRegularFile(out)) {
            throw new IOException("LibreOffice failed (exit " + process.exitValue() + "): " + Files.readString(workDir.resolve("soffice.log")));
        }
        return Files.readAllBytes(out);
    }
}
