package org.plangraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.RDF;
import org.plangraph.data.DataFiles;

/**
 * The store's assembler description, {@code fuseki-config/config.ttl}: one file says how the
 * dataset is built (TDB2, text index, analyzer) for the loader, the embedded server and a stock
 * Fuseki alike. A store folder holds the TDB2 database in {@code tdb2/} and the Lucene index in
 * {@code text/}; the locations written in the file are replaced by those.
 */
public final class StoreConfig {
    public static final String FOLDER = "fuseki-config";
    public static final String FILE = "config.ttl";
    public static final String TDB2_NS = "http://jena.apache.org/2016/tdb#";
    public static final String TEXT_NS = "http://jena.apache.org/text#";
    public static final String FUSEKI_NS = "http://jena.apache.org/fuseki#";
    public static final String JA_NS = "http://jena.hpl.hp.com/2005/11/Assembler#";

    private StoreConfig() {
    }

    /** The given file, or the project's own {@code fuseki-config/config.ttl}. */
    public static Model read(Path file) {
        Model model = ModelFactory.createDefaultModel();
        String name = file != null ? file.toString() : FOLDER + "/" + FILE;
        try (InputStream in = file != null ? Files.newInputStream(file) : DataFiles.open(FOLDER, FILE)) {
            // The error becomes the one line the user reads; riot would log it a second time.
            RDFParser.source(in).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the server configuration " + name, e);
        } catch (RiotException e) {
            throw new IllegalArgumentException("the server configuration " + name + " is not valid Turtle: " + e.getMessage(), e);
        }
        return model;
    }

    /** Points every TDB2 location and text-index directory of the description at the store folder. */
    public static Model locatedAt(Model config, Path storeDir) {
        Path abs = storeDir.toAbsolutePath().normalize();
        replaceObjects(config, config.createProperty(TDB2_NS, "location"), abs.resolve("tdb2").toString());
        replaceObjects(config, config.createProperty(TEXT_NS, "directory"), abs.resolve("text").toString());
        return config;
    }

    private static void replaceObjects(Model model, Property p, String value) {
        List<Statement> old = model.listStatements(null, p, (org.apache.jena.rdf.model.RDFNode) null).toList();
        for (Statement s : old) {
            model.remove(s);
            model.add(s.getSubject(), p, value);
        }
    }

    /** The dataset the description's first service publishes (the text dataset in front of TDB2). */
    public static Resource datasetResource(Model config) {
        List<Resource> text = config.listSubjectsWithProperty(RDF.type, config.createResource(TEXT_NS + "TextDataset")).toList();
        if (!text.isEmpty()) {
            return text.get(0);
        }
        List<Statement> served = config.listStatements(null, config.createProperty(FUSEKI_NS, "dataset"), (org.apache.jena.rdf.model.RDFNode) null).toList();
        if (served.isEmpty()) {
            throw new IllegalStateException("the server configuration describes no dataset");
        }
        return served.get(0).getResource();
    }

    /** Opens (creating if need be) the store in STOREDIR as the default configuration describes it. */
    public static Dataset open(Path storeDir) {
        if (Files.exists(storeDir) && !Files.isDirectory(storeDir)) {
            throw new IllegalArgumentException(storeDir + " is a file, not a store folder: give a folder (it is created if absent)");
        }
        try {
            Files.createDirectories(storeDir.resolve("tdb2"));
            Files.createDirectories(storeDir.resolve("text"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store at " + storeDir, e);
        }
        Model config = locatedAt(read(null), storeDir);
        return DatasetFactory.assemble(datasetResource(config));
    }
}
