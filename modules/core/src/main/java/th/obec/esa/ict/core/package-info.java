/** Infrastructure every deployment needs: the data source, the schema, the directory and the audit trail. */
package th.obec.esa.ict.core;
