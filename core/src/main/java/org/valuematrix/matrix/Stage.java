package org.valuematrix.matrix;

/** The four stages of the journey (value-matrix.md, "Stages"), numbered 0 to 3. */
public enum Stage {
    NOT_STARTED,
    OPERATIONAL_IMPROVEMENT,
    CULTURAL_CHANGE,
    BUSINESS_MODEL_TRANSFORMATION;

    /** @return 0 to 3 */
    public int number() {
        return ordinal();
    }

    /** @return the bundle key of the stage's name, {@code vm.matrix.stage.<number>} */
    public String labelKey() {
        return "vm.matrix.stage." + number();
    }

    /** @throws IllegalArgumentException unless 0 ≤ {@code number} ≤ 3 */
    public static Stage of(int number) {
        if (number < 0 || number > highest()) {
            throw new IllegalArgumentException("stages are numbered 0 to 3");
        }
        return values()[number];
    }

    public static int highest() {
        return BUSINESS_MODEL_TRANSFORMATION.number();
    }
}
