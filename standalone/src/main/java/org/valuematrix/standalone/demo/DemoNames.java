package org.valuematrix.standalone.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Made-up people's names, drawn without repetition from a seeded random. */
final class DemoNames {
    private static final List<String> FIRST = List.of("Aaron", "Abigail", "Adam", "Aisha", "Alan", "Amara", "Amir",
            "Ana", "Andrea", "Anton", "Arjun", "Beatriz", "Ben", "Bianca", "Boris", "Caleb", "Camille", "Carlos",
            "Chen", "Chloe", "Daniel", "Dara", "David", "Deepa", "Diego", "Elena", "Eli", "Emma", "Erik", "Fatima",
            "Felix", "Freya", "Gabriel", "Grace", "Hana", "Hassan", "Ines", "Isaac", "Ivy", "Jamal", "Jana", "Jonas",
            "Julia", "Kai", "Kenji", "Lara", "Leo", "Lina", "Lucas", "Maya", "Mei", "Mila", "Nadia", "Nina", "Noah",
            "Olga", "Omar", "Pablo", "Rosa", "Ravi", "Sara", "Tomas", "Yara", "Zoe");
    private static final List<String> LAST = List.of("Abbott", "Adeyemi", "Alvarez", "Bauer", "Becker", "Bianchi",
            "Castro", "Chowdhury", "Costa", "Dubois", "Eriksson", "Fischer", "Fontaine", "Garcia", "Gupta", "Haas",
            "Hansen", "Ito", "Jansen", "Kaur", "Kim", "Kowalski", "Larsen", "Lee", "Lopez", "Mahmoud", "Martin",
            "Meyer", "Moreau", "Mueller", "Nakamura", "Nguyen", "Novak", "Okafor", "Olsen", "Park", "Patel",
            "Perez", "Petrov", "Quinn", "Reyes", "Rossi", "Sato", "Schmidt", "Silva", "Singh", "Smith", "Sousa",
            "Tanaka", "Taylor", "Torres", "Varga", "Wagner", "Walsh", "Wang", "Weber", "Wilson", "Wong", "Yilmaz",
            "Young", "Zhang", "Ziegler", "Zimmer", "Zubair");

    private final Random random;
    private final Set<String> used = new HashSet<>();

    DemoNames(Random random) {
        this.random = random;
    }

    /** @return a first and last name not handed out before */
    String[] next() {
        while (true) {
            String first = FIRST.get(random.nextInt(FIRST.size()));
            String last = LAST.get(random.nextInt(LAST.size()));
            if (used.add(first + " " + last)) {
                return new String[] {first, last};
            }
        }
    }

    /** Reserves a name (a persona's) so no generated person gets it. */
    void reserve(String first, String last) {
        used.add(first + " " + last);
    }
}
