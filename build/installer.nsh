; Included by electron-builder's NSIS script (nsis.include in electron-builder.yml).
; Uninstalling keeps the clerk's data folder (%APPDATA%\thuky: thuky.db and backups\) unless the
; clerk answers Yes; an update (which uninstalls the old version silently) never asks nor deletes.
!macro customUnInstall
  ${ifNot} ${isUpdated}
    ${ifNot} ${Silent}
      MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "Xóa luôn dữ liệu của Thư ký (văn bản và các bản sao lưu) trong thư mục $APPDATA\thuky?$\r$\n$\r$\nChọn «No/Không» để giữ lại dữ liệu (khuyến nghị): cài lại Thư ký sẽ thấy lại mọi văn bản." /SD IDNO IDYES thukyRemoveData IDNO thukyKeepData
      thukyRemoveData:
        SetShellVarContext current
        RMDir /r "$APPDATA\thuky"
      thukyKeepData:
    ${endIf}
  ${endIf}
!macroend
