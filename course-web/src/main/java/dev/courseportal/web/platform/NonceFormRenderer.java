package dev.courseportal.web.platform;

import jakarta.faces.FactoryFinder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import java.util.Map;

/**
 * Every {@code h:form} carries its view's script nonce as a hidden field, so that its posts work
 * without JavaScript too. With PrimeFaces' content security policy on, a postback must send the
 * nonce its view was rendered with ({@code primefaces.nonce}); PrimeFaces' script adds that field
 * to the forms, so a browser without the script (or with it blocked) got "CSP nonce mismatch" on
 * every button. The nonce is no secret from the page itself (its scripts carry it), and a forged
 * cross-site post still cannot know it, nor the view state.
 *
 * <p>Installed around the standard form renderer when the application starts (faces-config.xml).
 */
public class NonceFormRenderer extends RendererWrapper {

    static final String NONCE = "primefaces.nonce";
    private static final String FORM = "jakarta.faces.Form";

    public NonceFormRenderer(Renderer<?> wrapped) {
        super(wrapped);
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        UIViewRoot view = context.getViewRoot();
        Map<String, Object> viewMap = view == null || view.isTransient() ? null : view.getViewMap(false);
        Object nonce = viewMap == null ? null : viewMap.get(NONCE);
        if (nonce != null) {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", null);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", NONCE, null);
            writer.writeAttribute("value", nonce.toString(), null);
            writer.endElement("input");
        }
        super.encodeEnd(context, component);
    }

    /** Wraps the HTML render kit's form renderer once the application is up. */
    public static class Installer implements SystemEventListener {

        @Override
        public boolean isListenerForSource(Object source) {
            return true;
        }

        @Override
        public void processEvent(SystemEvent event) throws AbortProcessingException {
            FacesContext context = FacesContext.getCurrentInstance();
            RenderKitFactory factory = (RenderKitFactory) FactoryFinder.getFactory(FactoryFinder.RENDER_KIT_FACTORY);
            RenderKit kit = factory.getRenderKit(context, RenderKitFactory.HTML_BASIC_RENDER_KIT);
            Renderer<?> form = kit.getRenderer(FORM, FORM);
            if (form != null && !(form instanceof NonceFormRenderer)) {
                kit.addRenderer(FORM, FORM, new NonceFormRenderer(form));
            }
        }
    }
}
