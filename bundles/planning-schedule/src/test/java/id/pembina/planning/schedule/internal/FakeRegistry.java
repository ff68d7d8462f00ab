package id.pembina.planning.schedule.internal;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;

/**
 * A hand-written registry of units K > K1 and B with one participant each, answering only what the
 * scheduler asks (find, findUnit, members, unitWithin); anything else fails the test.
 */
final class FakeRegistry {

    static final String IN_K = "198001012006041001";
    static final String IN_K1 = "198001012006041002";
    static final String IN_B = "198001012006041003";

    private static final Map<String, OrganizationUnit> UNITS = Map.of("K", new OrganizationUnit("K", "K", null),
            "K1", new OrganizationUnit("K1", "K1", "K"), "B", new OrganizationUnit("B", "B", null));
    private static final List<Participant> PEOPLE = List.of(person(IN_K, "K"), person(IN_K1, "K1"), person(IN_B, "B"));

    private FakeRegistry() {
    }

    static ParticipantRegistry create() {
        return (ParticipantRegistry) Proxy.newProxyInstance(FakeRegistry.class.getClassLoader(),
                new Class<?>[] {ParticipantRegistry.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> PEOPLE.stream().filter(p -> p.nip().equals(args[0])).findFirst();
                    case "findUnit" -> Optional.ofNullable(UNITS.get((String) args[0]));
                    case "members" -> PEOPLE.stream().filter(p -> within(p.unitCode(), (String) args[0])).toList();
                    case "unitWithin" -> within((String) args[0], (String) args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static boolean within(String unit, String ancestor) {
        for (OrganizationUnit u = UNITS.get(unit); u != null; u = u.parentCode() == null ? null : UNITS.get(u.parentCode())) {
            if (u.code().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static Participant person(String nip, String unit) {
        return new Participant(nip, "P " + unit, null, null, unit, "Staf", PositionType.PELAKSANA, Rank.III_A,
                Education.S1, null, null);
    }
}
