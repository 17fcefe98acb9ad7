package org.plangraph.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.plangraph.data.DataFiles;
import org.plangraph.data.Gazetteer;
import org.plangraph.emit.Vocab;
import org.plangraph.extract.PolicyLevels;
import org.plangraph.model.CitedPolicy;
import org.plangraph.model.Document;
import org.plangraph.model.Notation;
import org.plangraph.model.OwnPolicy;
import org.plangraph.model.PolicyLevel;
import org.plangraph.model.PolicyReference;
import org.plangraph.model.UnitMention;
import org.plangraph.text.TitleKeys;

/**
 * Policy identity, part of the link stage. The same policy named by two documents is one resource:
 * keyed by its document number where the text gives one, else by its normalised title (script,
 * brackets, dashes and spacing folded). A policy that is reference data (a national outline of
 * {@code ontology/reference/outlines.ttl}) takes that resource's IRI, matched by number or title.
 *
 * <p>Every loaded document also gets its own policy identity ({@link OwnPolicy}), written as
 * {@code pg:asPolicy}: keyed by its document number (a plan issued by a notice takes the notice's),
 * else by its title; where it has a number, its title key is an alias, because a document citing it
 * may give only the title; the emitter states the two IRIs {@code owl:sameAs}. A plan that another
 * loaded plan implements is thereby reachable from it: {@code doc eli:implements/(owl:sameAs|^owl:sameAs)?/^pg:asPolicy doc2}.
 *
 * <p>A reference keeps the title as its document words it (the emitter writes it as that document's
 * {@code pg:citedAs}); a policy's canonical title is not the linker's to choose.
 */
public final class PolicyLinker {
    private final Map<String, String> referenceByNumber = new HashMap<>();
    private final Map<String, String> referenceByTitle = new HashMap<>();
    private final Map<String, PolicyLevel> referenceLevel = new HashMap<>();
    private final PolicyLevels levels;

    public PolicyLinker(Model reference, PolicyLevels levels) {
        this.levels = levels;
        Property title = reference.createProperty(Vocab.DCT + "title");
        Property idLocal = reference.createProperty(Vocab.ELI + "id_local");
        for (Resource r : reference.listSubjectsWithProperty(RDF.type, reference.createResource(Vocab.PG + "Policy")).toList()) {
            if (!r.isURIResource()) {
                continue;
            }
            for (Statement st : r.listProperties(title).toList()) {
                String t = st.getString();
                referenceByTitle.put(TitleKeys.key(t), r.getURI());
            }
            Statement lv = r.getProperty(reference.createProperty(Vocab.PG + "level"));
            if (lv != null && lv.getObject().isURIResource()) {
                String iri = lv.getResource().getURI();
                String notation = iri.substring(iri.lastIndexOf('/') + 1);
                referenceLevel.put(r.getURI(), Notation.of(PolicyLevel.class, notation).orElseThrow(
                        () -> new IllegalStateException("reference data: " + r.getURI() + " has unknown level " + notation)));
            }
            for (Statement st : r.listProperties(idLocal).toList()) {
                referenceByNumber.put(st.getString(), r.getURI());
            }
        }
    }

    private static volatile PolicyLinker standard;

    /** The linker over the shipped reference data, read once. */
    public static PolicyLinker standard() {
        if (standard == null) {
            synchronized (PolicyLinker.class) {
                if (standard == null) {
                    standard = fromReferenceData();
                }
            }
        }
        return standard;
    }

    private static PolicyLinker fromReferenceData() {
        return new PolicyLinker(DataFiles.readTurtle("reference/outlines.ttl"), PolicyLevels.standard());
    }

    /** The policies {@code d} names, each with its identity. */
    public List<CitedPolicy> citedPolicies(Document d) {
        return d.policies().stream().map(this::identify).toList();
    }

    /** The reference with its identity key (the reference data's IRI and level, when it is reference data). */
    public CitedPolicy identify(PolicyReference p) {
        Optional<String> ref = reference(p.title(), p.docNumber());
        if (ref.isPresent()) {
            return new CitedPolicy(p, ref.get(), referenceLevel.getOrDefault(ref.get(), p.level()));
        }
        return new CitedPolicy(p, key(p.title(), p.docNumber(), p.issuer(), p.level()), p.level());
    }

    /** The identity key of a policy: {@code no:} and its document number, else {@code title:} and its title key. */
    public static String key(String title, String docNumber, String issuer, PolicyLevel level) {
        if (docNumber != null && !org.plangraph.text.Withheld.in(docNumber)) {
            return "no:" + docNumber;
        }
        return "title:" + TitleKeys.keyAtLevel(title, issuer, level.notation());
    }

    private Optional<String> reference(String title, String docNumber) {
        if (docNumber != null && referenceByNumber.containsKey(docNumber)) {
            return Optional.of(referenceByNumber.get(docNumber));
        }
        return Optional.ofNullable(referenceByTitle.get(TitleKeys.key(title)));
    }

    /** The policy {@code d} is: under its number, else its title, and beside a number its title as an alias. */
    public OwnPolicy ownPolicy(Document d, List<Document> all) {
        String number = d.docNumber();
        if (number == null) {
            for (Document other : all) {
                // a notice issuing several documents lends its number to none: it names the notice
                if (other.transmits().size() == 1 && other.transmits().contains(d.key())) {
                    number = other.docNumber();
                }
            }
        }
        String issuer = d.issuers().isEmpty() ? null
                : String.join("、", d.issuers().stream().map(UnitMention::name).toList());
        Optional<String> ref = reference(d.title(), number);
        PolicyLevel level = ownLevel(d);
        if (ref.isPresent()) {
            return new OwnPolicy(ref.get(), List.of(), d.title(), null, issuer, referenceLevel.getOrDefault(ref.get(), level));
        }
        String titleKey = "title:" + TitleKeys.key(d.title());
        // a notice that issues one plan lends the plan its number: the number names the plan, the
        // notice is known by its own title
        if (number != null && !org.plangraph.text.Withheld.in(number) && d.transmits().size() != 1) {
            return new OwnPolicy("no:" + number, List.of(titleKey), d.title(), number, issuer, level);
        }
        return new OwnPolicy(titleKey, List.of(), d.title(), null, issuer, level);
    }

    private PolicyLevel ownLevel(Document d) {
        if (d.jurisdiction() != null) {
            Optional<Gazetteer.Area> a = levels.gazetteer().byName(d.jurisdiction());
            if (a.isPresent()) {
                return PolicyLevels.ofAreaLevel(a.get().level());
            }
        }
        for (UnitMention u : d.issuers()) {
            Optional<PolicyLevel> l = levels.ofIssuer(u.name()).or(() -> levels.ofTitle(u.name()));
            if (l.isPresent()) {
                return l.get();
            }
        }
        return PolicyLevel.UNKNOWN;
    }
}
