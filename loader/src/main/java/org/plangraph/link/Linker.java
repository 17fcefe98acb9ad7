package org.plangraph.link;

import java.util.ArrayList;
import java.util.List;
import org.plangraph.model.Document;
import org.plangraph.model.ParsedFile;
import org.plangraph.model.Provision;
import org.plangraph.model.Responsibility;
import org.plangraph.model.Task;
import org.plangraph.model.UnitMention;

/**
 * The link stage: gives every agency mention its identity within its jurisdiction, so that the same
 * agency gets the same IRI in every document of that jurisdiction and never shares one with another
 * jurisdiction's.
 */
public final class Linker {
    private final AgencyNames agencyNames;

    public Linker(AgencyNames agencyNames) {
        this.agencyNames = agencyNames;
    }

    public static Linker standard() {
        return new Linker(AgencyNames.standard());
    }

    public ParsedFile link(ParsedFile file) {
        List<Document> documents = new ArrayList<>();
        for (Document d : file.documents()) {
            String jurisdiction = d.jurisdiction();
            List<UnitMention> issuers = d.issuers().stream().map(u -> agencyNames.identify(u, jurisdiction)).toList();
            List<UnitMention> recipients = d.recipients().stream().map(u -> agencyNames.identify(u, jurisdiction)).toList();
            documents.add(d.withParties(issuers, recipients).withProvisions(linkProvisions(d.provisions(), jurisdiction, d.issuers())));
        }
        return PolicyLinker.standard().link(file.withDocuments(documents));
    }

    private List<Provision> linkProvisions(List<Provision> provisions, String jurisdiction, List<UnitMention> issuers) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : provisions) {
            List<Task> tasks = new ArrayList<>();
            for (Task t : p.tasks()) {
                List<Responsibility> rs = t.responsibilities().stream()
                        .map(r -> new Responsibility(r.role(),
                                agencyNames.identify(SelfReferences.resolve(r.unit(), issuers), jurisdiction), r.inferred()))
                        .toList();
                tasks.add(t.withResponsibilities(rs));
            }
            out.add(p.withTasks(tasks).withChildren(linkProvisions(p.children(), jurisdiction, issuers)));
        }
        return out;
    }
}
