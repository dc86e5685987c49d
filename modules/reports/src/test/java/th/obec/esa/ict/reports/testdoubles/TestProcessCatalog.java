package th.obec.esa.ict.reports.testdoubles;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import th.obec.esa.ict.reports.port.ProcessCatalogPort;
import th.obec.esa.ict.reports.port.ProcessRef;

/** The 16 work processes of the manual with the forms each uses. */
@ApplicationScoped
public class TestProcessCatalog implements ProcessCatalogPort {

  public static final List<ProcessRef> PROCESSES = List.of(
      new ProcessRef(1, "งานจัดทำแผนพัฒนาเทคโนโลยีสารสนเทศและการสื่อสาร", "ICT development plan", List.of()),
      new ProcessRef(2, "งานจัดทำข้อมูลสารสนเทศเพื่อการบริหาร", "Management information", List.of("F01")),
      new ProcessRef(3, "งานพัฒนานวัตกรรมและระบบเทคโนโลยีสารสนเทศเพื่อการบริหาร", "Innovation and IT systems",
          List.of()),
      new ProcessRef(4, "งานพัฒนาเครือข่ายเทคโนโลยีสารสนเทศและการสื่อสาร", "ICT network development", List.of()),
      new ProcessRef(5, "ศึกษา วิเคราะห์ ออกแบบ วางแผนระบบคอมพิวเตอร์ เครือข่ายและสื่อสารโทรคมนาคม",
          "Plan computer and network systems", List.of("F02", "F03", "F04")),
      new ProcessRef(6, "ติดตั้ง ดูแล บำรุงรักษา และพัฒนาระบบคอมพิวเตอร์ ระบบโทรคมนาคม",
          "Install and maintain systems", List.of("F05", "F03")),
      new ProcessRef(7, "กำหนดรายละเอียดคุณลักษณะเฉพาะของระบบคอมพิวเตอร์", "Specifications", List.of("F06", "F07")),
      new ProcessRef(8, "ระบบรักษาและคุ้มครองความปลอดภัยข้อมูล", "Data security", List.of("F02", "F03", "F04")),
      new ProcessRef(9, "พัฒนาบุคลากรทางด้านระบบคอมพิวเตอร์", "Develop ICT staff", List.of("F02", "F03", "F04")),
      new ProcessRef(10, "ให้คำปรึกษา แนะนำ แก้ไขปัญหาเกี่ยวกับระบบคอมพิวเตอร์", "Helpdesk",
          List.of("F08", "F09", "F10")),
      new ProcessRef(11, "ติดตามประเมินผลระบบคอมพิวเตอร์ เครือข่ายและสื่อสารโทรคมนาคม", "Evaluate networks",
          List.of("F11", "F12")),
      new ProcessRef(12, "ศึกษา วิเคราะห์ ระบบข้อมูลสารสนเทศเพื่อการบริหารและการจัดการเรียนรู้", "Study MIS",
          List.of("F13", "F14", "F15")),
      new ProcessRef(13, "พัฒนา ปรับปรุง และประยุกต์ใช้ ICT เข้ากับกระบวนการทำงาน", "Apply ICT to work",
          List.of("F16", "F17")),
      new ProcessRef(14, "พัฒนาปรับปรุงและประยุกต์ใช้โปรแกรมประยุกต์", "Application software", List.of("F18", "F19")),
      new ProcessRef(15, "พัฒนาปรับปรุง และจัดทำเว็บไซต์สำนักงาน", "Office website", List.of("F20", "F21")),
      new ProcessRef(16, "ติดตามประเมินผลระบบข้อมูลสารสนเทศเพื่อการบริหารและการจัดการเรียนรู้", "Evaluate MIS",
          List.of("F22", "F12")));

  @Override
  public List<ProcessRef> processes() {
    return PROCESSES;
  }
}
