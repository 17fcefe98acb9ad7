import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.plangraph.data.DataFiles;

/**
 * Makes a corpus of N files for the scale benchmark out of a few real source documents, so that the
 * figures are about text like the real one: copy k of a source has every prefecture-level place of
 * the gazetteer (full name 抚州市 and short name 抚州 alike) moved k places on in the gazetteer's list,
 * so documents, areas and agencies get IRIs of their own; file names follow one of several naming
 * habits; every third copy writes its numbering in half-width brackets ((一) for （一）), every fifth
 * is saved in GB18030 rather than UTF-8. The sources are read, never copied anywhere but OUT.
 *
 * Usage: java -cp … bench/GenerateCorpus.java N OUT SOURCE_DIR…
 */
public final class GenerateCorpus {
    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        List<Path> sources = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            try (Stream<Path> files = Files.list(Path.of(args[i]))) {
                files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("README")).sorted().forEach(sources::add);
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no source documents in " + List.of(args).subList(2, args.length));
        }
        Files.createDirectories(out);
        List<String> places = prefectures();
        Places mover = new Places(places);
        for (int i = 0; i < n; i++) {
            Path source = sources.get(i % sources.size());
            int k = i / sources.size() + 1;
            String name = source.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.'));
            byte[] raw = Files.readAllBytes(source);
            String text = new String(raw, StandardCharsets.UTF_8);
            String moved = mover.move(text, k);
            if (k % 3 == 1) {
                moved = halfWidthBrackets(moved);
            }
            String place = places.get(k % places.size());
            String stem = name.substring(0, name.lastIndexOf('.'));
            String fileName = switch (i % 4) {
                case 0 -> String.format("%05d_%s%s", i, stem, ext);
                case 1 -> String.format("%s-%s-%d%s", place, stem, k, ext);
                case 2 -> String.format("关于印发%s工作方案的通知_%d_%s%s", place, i, stem, ext);
                default -> String.format("doc%d-%s%s", i, stem.toLowerCase(), ext);
            };
            Charset charset = k % 5 == 0 && ext.equals(".txt") ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
            Files.write(out.resolve(fileName), moved.getBytes(charset));
        }
        System.err.printf("generated %d files from %d sources in %s%n", n, sources.size(), out);
    }

    /** Full-width numbering brackets as half-width ones, as many county sites write them. */
    static String halfWidthBrackets(String text) {
        return text.replaceAll("（([一二三四五六七八九十]{1,3})）", "($1)");
    }

    static List<String> prefectures() throws IOException {
        List<String> names = new ArrayList<>();
        for (String[] row : DataFiles.readTable("reference/admin-divisions.tsv")) {
            if (row.length > 1 && row[1].equals("prefecture")) {
                names.add(row[0]);
            }
        }
        return names;
    }

    /** Moves every place name, full or short, k places on in the list. */
    static final class Places {
        private final List<String> full;
        private final List<String[]> byLength = new ArrayList<>();
        /** The names by their first character, longest first, so a text is read once. */
        private final java.util.Map<Character, List<String[]>> byFirst = new java.util.HashMap<>();

        Places(List<String> full) {
            this.full = full;
            for (int i = 0; i < full.size(); i++) {
                String name = full.get(i);
                byLength.add(new String[] {name, Integer.toString(i), "full"});
                String shortName = name.replaceFirst("(市|地区|自治州|盟)$", "");
                if (shortName.length() >= 2 && !shortName.equals(name)) {
                    byLength.add(new String[] {shortName, Integer.toString(i), "short"});
                }
            }
            byLength.sort(Comparator.comparingInt((String[] e) -> e[0].length()).reversed());
            for (String[] e : byLength) {
                byFirst.computeIfAbsent(e[0].charAt(0), c -> new ArrayList<>()).add(e);
            }
        }

        String move(String text, int k) {
            StringBuilder out = new StringBuilder(text.length());
            int i = 0;
            outer:
            while (i < text.length()) {
                for (String[] e : byFirst.getOrDefault(text.charAt(i), List.of())) {
                    if (text.startsWith(e[0], i)) {
                        String target = full.get((Integer.parseInt(e[1]) + 37 * k) % full.size());
                        out.append(e[2].equals("full") ? target : target.replaceFirst("(市|地区|自治州|盟)$", ""));
                        i += e[0].length();
                        continue outer;
                    }
                }
                out.append(text.charAt(i++));
            }
            return out.toString();
        }
    }
}
