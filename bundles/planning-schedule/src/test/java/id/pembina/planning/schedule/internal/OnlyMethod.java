package id.pembina.planning.schedule.internal;

import java.lang.reflect.Proxy;
import java.util.function.Function;

/**
 * A test double of a service interface that answers one method and refuses every other: the planning
 * services have more methods than the scheduler calls, so a lambda cannot stand for them.
 */
final class OnlyMethod {

    private OnlyMethod() {
    }

    static <T> T of(Class<T> type, String method, Function<Object[], Object> answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, m, args) -> {
            if (m.getName().equals(method)) {
                return answer.apply(args);
            }
            if (m.getDeclaringClass() == Object.class) {
                return switch (m.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> type.getSimpleName() + " answering " + method;
                };
            }
            throw new UnsupportedOperationException(m.getName());
        }));
    }
}
