package th.allocation.scenario;

/**
 * A local target for one cluster, ESA or network, replacing the central target there. Exactly one
 * of the three names is given. Where several overrides match a school, the most local wins:
 * network, then ESA, then cluster.
 *
 * @param cluster the cluster it applies to, or null
 * @param esa the ESA it applies to, or null
 * @param network the network it applies to, or null
 * @param target the local target
 */
public record TargetOverride(String cluster, String esa, String network, Double target) {
    /** Validates that exactly one place and a finite target are given. */
    public TargetOverride {
        int places = (cluster != null ? 1 : 0) + (esa != null ? 1 : 0) + (network != null ? 1 : 0);
        if (places != 1) {
            throw new IllegalArgumentException("A target override names exactly one of cluster, esa or network ("
                    + places + " given).");
        }
        if (target == null || !Double.isFinite(target)) {
            throw new IllegalArgumentException("A target override needs a finite 'target' (" + target + ").");
        }
    }

    /** How local the override is: 3 for a network, 2 for an ESA, 1 for a cluster. */
    public int rank() {
        return network != null ? 3 : esa != null ? 2 : 1;
    }
}
