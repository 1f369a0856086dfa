package com.knowpay.payment.sandbox;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * A bar on every page (the shell, sign-in, the wallet) while sandbox payments are test money, so nobody
 * mistakes a test install for a real shop. Fixed to the bottom edge, one short line that wraps on a
 * phone; the page gets the same room at its bottom so the bar never hides the last lines.
 */
public class TestModeBar implements VaadinServiceInitListener {

    public static final String ID = "test-mode-bar";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> attach(e.getUI()));
    }

    static void attach(UI ui) {
        Div bar = new Div();
        bar.setId(ID);
        bar.setText(ui.getTranslation("payment.sandbox.test-mode"));
        bar.getElement().setAttribute("role", "status");
        bar.getStyle().set("position", "fixed").set("left", "0").set("right", "0").set("bottom", "0")
                .set("z-index", "10000").set("box-sizing", "border-box").set("padding", "4px 12px")
                .set("text-align", "center").set("font-size", "var(--lumo-font-size-s, 14px)").set("font-weight", "600")
                .set("line-height", "1.3").set("color", "#1f1300").set("pointer-events", "none")
                .set("background", "repeating-linear-gradient(45deg, #ffc53d, #ffc53d 12px, #ffd666 12px, #ffd666 24px)")
                .set("box-shadow", "0 -1px 4px rgba(0,0,0,.25)");
        ui.add(bar);
        // border-box: the page keeps the viewport's height and ends above the bar (no extra scroll bar)
        ui.getElement().getStyle().set("box-sizing", "border-box").set("padding-bottom", "2.6em");
    }
}
