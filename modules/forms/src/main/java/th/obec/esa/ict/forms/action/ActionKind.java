package th.obec.esa.ict.forms.action;

/** The kinds of job an F05 request asks for. */
public enum ActionKind {
  INSTALL, SETUP, NETWORK, SOFTWARE, ACCOUNT, OTHER;

  public String thai() {
    return switch (this) {
      case INSTALL -> "ติดตั้งอุปกรณ์";
      case SETUP -> "ตั้งค่าระบบ";
      case NETWORK -> "เครือข่ายและอินเทอร์เน็ต";
      case SOFTWARE -> "ติดตั้งหรือปรับปรุงโปรแกรม";
      case ACCOUNT -> "บัญชีผู้ใช้งาน";
      case OTHER -> "อื่น ๆ";
    };
  }
}
