package vn.plandesk.logic.timeline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a timeline goes on paper: paper and orientation, margins (mm), the days to show (null: the
 * whole plan), the zoom, and either a scale in percent or "fit to N pages wide by M tall" (0: not
 * fitted in that direction). Fitting the width stretches or shrinks time only, so the text stays
 * readable; fitting the height shrinks everything.
 */
public record PageSetup(Paper paper, boolean landscape, double marginMm, LocalDate from, LocalDate to, Zoom zoom,
                        int scalePercent, int pagesWide, int pagesTall) {
    public static final int MIN_SCALE = 20;
    public static final int MAX_SCALE = 400;
    public static final int MAX_PAGES = 50;
    public static final double MAX_MARGIN_MM = 50;

    public PageSetup {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(zoom, "zoom");
        if (marginMm < 0 || marginMm > MAX_MARGIN_MM) {
            throw new IllegalArgumentException("margin " + marginMm + " mm");
        }
        if (scalePercent < MIN_SCALE || scalePercent > MAX_SCALE) {
            throw new IllegalArgumentException("scale " + scalePercent + " %");
        }
        if (pagesWide < 0 || pagesWide > MAX_PAGES || pagesTall < 0 || pagesTall > MAX_PAGES) {
            throw new IllegalArgumentException("pages " + pagesWide + " x " + pagesTall);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("range " + from + " .. " + to);
        }
    }

    /** A4 landscape, 10 mm margins, the whole plan by weeks, one page wide. */
    public static PageSetup defaults() {
        return new PageSetup(Paper.A4, true, 10, null, null, Zoom.WEEK, 100, 1, 0);
    }

    public double pageWidth() {
        return landscape ? paper.height() : paper.width();
    }

    public double pageHeight() {
        return landscape ? paper.width() : paper.height();
    }

    public double margin() {
        return marginMm * 72 / 25.4;
    }

    public PageSetup withPaper(Paper newPaper, boolean newLandscape) {
        return new PageSetup(newPaper, newLandscape, marginMm, from, to, zoom, scalePercent, pagesWide, pagesTall);
    }

    public PageSetup withMargin(double newMarginMm) {
        return new PageSetup(paper, landscape, newMarginMm, from, to, zoom, scalePercent, pagesWide, pagesTall);
    }

    public PageSetup withRange(LocalDate newFrom, LocalDate newTo) {
        return new PageSetup(paper, landscape, marginMm, newFrom, newTo, zoom, scalePercent, pagesWide, pagesTall);
    }

    public PageSetup withZoom(Zoom newZoom) {
        return new PageSetup(paper, landscape, marginMm, from, to, newZoom, scalePercent, pagesWide, pagesTall);
    }

    /** Scale in percent, no fitting. */
    public PageSetup withScale(int percent) {
        return new PageSetup(paper, landscape, marginMm, from, to, zoom, percent, 0, 0);
    }

    /** Fit to pages (0 = free in that direction) at 100 %. */
    public PageSetup withFit(int wide, int tall) {
        return new PageSetup(paper, landscape, marginMm, from, to, zoom, 100, wide, tall);
    }
}
