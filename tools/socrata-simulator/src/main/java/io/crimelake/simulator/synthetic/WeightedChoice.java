package io.crimelake.simulator.synthetic;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/** Picks items with probability proportional to their weight. */
final class WeightedChoice<T> {

    private final List<T> items;
    private final double[] cumulative;

    WeightedChoice(List<T> items, ToDoubleFunction<T> weight) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double total = 0;
        for (int i = 0; i < items.size(); i++) {
            double itemWeight = weight.applyAsDouble(items.get(i));
            if (itemWeight < 0) {
                throw new IllegalArgumentException("negative weight for " + items.get(i));
            }
            total += itemWeight;
            cumulative[i] = total;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("weights sum to zero");
        }
    }

    T pick(RandomGenerator random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, point);
        int chosen = index >= 0 ? index + 1 : -index - 1;
        return items.get(Math.min(chosen, items.size() - 1));
    }
}
