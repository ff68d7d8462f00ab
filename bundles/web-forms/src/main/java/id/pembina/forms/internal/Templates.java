package id.pembina.forms.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import id.pembina.platform.api.Languages;
import id.pembina.platform.api.Messages;

/**
 * The pages' FreeMarker templates ({@code templates/*.ftlh} beside this class, HTML auto-escaping on). Every
 * page gets {@code t(code, args...)}, the text of a message code in the page's language, {@code lang}
 * ({@code id} or {@code en}) and {@code other} (the language of the switch).
 */
final class Templates {

    private final Configuration config;
    private final Messages messages;

    Templates(Messages messages) {
        this.messages = messages;
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setClassLoaderForTemplateLoading(Templates.class.getClassLoader(), "id/pembina/forms/internal/templates");
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true); // .ftlh: every ${...} is HTML-escaped
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    }

    /** @return the page {@code name.ftlh} rendered with the model in the language */
    String render(String name, Map<String, Object> model, Locale locale) {
        Locale language = Languages.of(locale);
        Map<String, Object> all = new HashMap<>(model);
        all.put("t", text(language));
        all.put("lang", language.getLanguage());
        all.put("other", Locale.ENGLISH.equals(language) ? "id" : "en");
        StringWriter out = new StringWriter();
        try {
            config.getTemplate(name + ".ftlh").process(all, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + name + ": " + e.getMessageWithoutStackTop(), e);
        }
        return out.toString();
    }

    /** @return the text of a code in the language */
    String text(Locale locale, String code, Object... args) {
        return messages.text(Languages.of(locale), code, args);
    }

    private TemplateMethodModelEx text(Locale language) {
        return arguments -> {
            if (arguments.isEmpty()) {
                throw new TemplateModelException("t(code, args...) needs a code");
            }
            List<?> list = arguments;
            Object[] values = new Object[list.size() - 1];
            for (int i = 1; i < list.size(); i++) {
                values[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) list.get(i));
            }
            return messages.text(language, String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) list.get(0))),
                    values);
        };
    }
}
