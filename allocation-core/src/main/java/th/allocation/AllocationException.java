package th.allocation;

/**
 * The base of every exception the engine throws on purpose. Its subclasses say whether the input
 * was at fault ({@link InputException}, {@link InfeasibleException}); anything else is a defect or
 * an environment failure such as an unwritable folder.
 */
public class AllocationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message that says what happened and what to do. */
    public AllocationException(String message) {
        super(message);
    }

    /** An exception with a message and the original cause. */
    public AllocationException(String message, Throwable cause) {
        super(message, cause);
    }
}
