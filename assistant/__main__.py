from assistant.launch import main

raise SystemExit(main())
