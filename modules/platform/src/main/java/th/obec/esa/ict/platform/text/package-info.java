/** Thai text conventions: Thai and Arabic digits. */
package th.obec.esa.ict.platform.text;
