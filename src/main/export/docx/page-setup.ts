/**
 * Page geometry: A4 from ND30 PL I §I.1, margins from the profile (ND30 PL I §I.3 ranges).
 * A4 uses the twip literals 11906 × 16838 (converting 210 mm gives 11905).
 */
import { PageOrientation, type ISectionPropertiesOptions } from 'docx';
import type { PageSetup } from '../../../shared/profile/profile';

export const A4_WIDTH_TWIPS = 11906;
export const A4_HEIGHT_TWIPS = 16838;
/** 1 mm = 1440 / 25.4 twips. */
export const TWIPS_PER_MM = 1440 / 25.4;
/** Header distance from the page edge: page numbers sit inside the top margin (ND30 PL I §I.7). */
export const HEADER_DISTANCE_TWIPS = 567;

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

export interface PageGeometry {
  marginTopTwips: number;
  marginBottomTwips: number;
  marginLeftTwips: number;
  marginRightTwips: number;
  /** Text width of a portrait page. */
  textWidthTwips: number;
  /** Text width of a landscape page (same margins, turned with the page: left/right stay left/right). */
  landscapeTextWidthTwips: number;
}

export function pageGeometry(page: PageSetup): PageGeometry {
  const marginLeftTwips = mmToTwips(page.marginLeftMm);
  const marginRightTwips = mmToTwips(page.marginRightMm);
  return {
    marginTopTwips: mmToTwips(page.marginTopMm),
    marginBottomTwips: mmToTwips(page.marginBottomMm),
    marginLeftTwips,
    marginRightTwips,
    textWidthTwips: A4_WIDTH_TWIPS - marginLeftTwips - marginRightTwips,
    landscapeTextWidthTwips: A4_HEIGHT_TWIPS - marginLeftTwips - marginRightTwips,
  };
}

export type Orientation = 'portrait' | 'landscape';

/** The `page` part of a section: size, orientation and margins. */
export function sectionPage(geometry: PageGeometry, orientation: Orientation): NonNullable<ISectionPropertiesOptions['page']> {
  return {
    size: {
      // docx swaps width and height itself when the orientation is landscape.
      width: A4_WIDTH_TWIPS,
      height: A4_HEIGHT_TWIPS,
      orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: {
      top: geometry.marginTopTwips,
      bottom: geometry.marginBottomTwips,
      left: geometry.marginLeftTwips,
      right: geometry.marginRightTwips,
      header: HEADER_DISTANCE_TWIPS,
      footer: HEADER_DISTANCE_TWIPS,
      gutter: 0,
    },
  };
}
