package org.plangraph.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plangraph.model.AgencyIdentities;
import org.plangraph.model.AgencyIdentity;
import org.plangraph.model.Document;
import org.plangraph.model.DocumentLinks;
import org.plangraph.model.LinkedFile;
import org.plangraph.model.ParsedFile;
import org.plangraph.model.UnitMention;

/**
 * The link stage: gives every agency mention its identity within its jurisdiction, so that the same
 * agency gets the same IRI in every document of that jurisdiction and never shares one with another
 * jurisdiction's, and every policy named its identity ({@link PolicyLinker}).
 */
public final class Linker {
    private final AgencyNames agencyNames;
    private final PolicyLinker policyLinker;

    public Linker(AgencyNames agencyNames, PolicyLinker policyLinker) {
        this.agencyNames = agencyNames;
        this.policyLinker = policyLinker;
    }

    public static Linker standard() {
        return new Linker(AgencyNames.standard(), PolicyLinker.standard());
    }

    public LinkedFile link(ParsedFile file) {
        List<DocumentLinks> links = new ArrayList<>();
        for (Document d : file.documents()) {
            links.add(new DocumentLinks(d.key(), agencies(d), policyLinker.citedPolicies(d), policyLinker.ownPolicy(d, file.documents())));
        }
        return new LinkedFile(file, links);
    }

    private AgencyIdentities agencies(Document d) {
        Map<UnitMention, AgencyIdentity> identities = new LinkedHashMap<>();
        for (UnitMention u : d.unitMentions()) {
            identities.computeIfAbsent(u, m -> agencyNames.identify(SelfReferences.resolve(m, d.issuers()), d.jurisdiction()));
        }
        return new AgencyIdentities(identities);
    }
}
