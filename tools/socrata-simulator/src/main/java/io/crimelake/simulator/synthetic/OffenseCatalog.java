package io.crimelake.simulator.synthetic;

import java.util.List;
import java.util.random.RandomGenerator;

/** The offense codes the generator draws from, weighted like the portal's recent years (THEFT and BATTERY first). */
final class OffenseCatalog {

    private final WeightedChoice<Offense> choice;

    OffenseCatalog(List<Offense> offenses) {
        this.choice = new WeightedChoice<>(offenses, Offense::weight);
    }

    static OffenseCatalog load() {
        return new OffenseCatalog(TsvResource.read("offenses.tsv").stream()
                .map(fields -> new Offense(
                        fields[0],
                        fields[1],
                        fields[2],
                        fields[3],
                        Double.parseDouble(fields[4]),
                        Double.parseDouble(fields[5]),
                        Double.parseDouble(fields[6])))
                .toList());
    }

    Offense pick(RandomGenerator random) {
        return choice.pick(random);
    }

    /** Picks an offense of another primary type, as when a case is reclassified after review. */
    Offense pickOtherThan(String primaryType, RandomGenerator random) {
        Offense offense = pick(random);
        while (offense.primaryType().equals(primaryType)) {
            offense = pick(random);
        }
        return offense;
    }
}
