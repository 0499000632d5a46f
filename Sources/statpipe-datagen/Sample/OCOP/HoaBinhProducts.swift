/// The words Hoa Binh's OCOP products are named with: kinds, communes, producers, and each district's specialties.
enum HoaBinhProducts {
    /// Product kinds by category, the first element being the category's relative frequency.
    static let kinds: [(weight: Double, kinds: [ProductKind])] = [
        (48, [
            ProductKind("Gạo nếp cẩm", .food, trade: "nông nghiệp"),
            ProductKind("Gạo Bao thai", .food, trade: "nông nghiệp"),
            ProductKind("Mật ong hoa nhãn", .food, trade: "mật ong"),
            ProductKind("Mật ong rừng", .food, trade: "mật ong"),
            ProductKind("Măng khô", .food, trade: "nông lâm sản"),
            ProductKind("Măng chua", .food, trade: "nông lâm sản"),
            ProductKind("Thịt lợn bản gác bếp", .food, trade: "chăn nuôi"),
            ProductKind("Thịt trâu gác bếp", .food, trade: "chăn nuôi"),
            ProductKind("Gà đồi", .food, trade: "chăn nuôi"),
            ProductKind("Cá sông Đà", .food, trade: "thủy sản"),
            ProductKind("Chả cá", .food, trade: "thủy sản"),
            ProductKind("Nấm hương", .food, trade: "nông lâm sản"),
            ProductKind("Miến dong", .food, trade: "chế biến nông sản"),
            ProductKind("Bột sắn dây", .food, trade: "chế biến nông sản"),
            ProductKind("Tương nếp", .food, trade: "chế biến nông sản"),
            ProductKind("Su su", .food, trade: "rau an toàn"),
            ProductKind("Dưa lưới", .food, trade: "nông nghiệp công nghệ cao"),
            ProductKind("Mía tím", .food, trade: "nông nghiệp"),
            ProductKind("Bưởi da xanh", .food, trade: "cây ăn quả"),
            ProductKind("Cam lòng vàng", .food, trade: "cây ăn quả"),
            ProductKind("Lạc đỏ", .food, trade: "nông sản"),
        ]),
        (20, [
            ProductKind("Chè Shan tuyết", .beverage, trade: "chè"),
            ProductKind("Chè xanh", .beverage, trade: "chè"),
            ProductKind("Rượu ngô men lá", .beverage, trade: "rượu"),
            ProductKind("Rượu cần", .beverage, trade: "rượu"),
            ProductKind("Trà hoa vàng", .beverage, trade: "dược liệu"),
            ProductKind("Trà dây", .beverage, trade: "dược liệu"),
            ProductKind("Nước cam ép", .beverage, trade: "cây ăn quả"),
        ]),
        (12, [
            ProductKind("Cao xạ đen", .herbal, trade: "dược liệu"),
            ProductKind("Tinh dầu sả chanh", .herbal, trade: "dược liệu"),
            ProductKind("Tinh dầu quế", .herbal, trade: "dược liệu"),
            ProductKind("Thuốc tắm người Dao", .herbal, trade: "dược liệu"),
            ProductKind("Nấm linh chi", .herbal, trade: "dược liệu"),
            ProductKind("Cà gai leo", .herbal, trade: "dược liệu"),
            ProductKind("Tinh bột nghệ", .herbal, trade: "dược liệu"),
        ]),
        (10, [
            ProductKind("Thổ cẩm Mường", .handicraft, trade: "dệt thổ cẩm"),
            ProductKind("Khăn piêu Thái", .handicraft, trade: "dệt thổ cẩm"),
            ProductKind("Túi thổ cẩm", .handicraft, trade: "dệt thổ cẩm"),
            ProductKind("Mây tre đan", .handicraft, trade: "mây tre đan"),
            ProductKind("Chổi chít", .handicraft, trade: "mây tre đan"),
        ]),
        (4, [
            ProductKind("Lan rừng", .ornamental, trade: "hoa cây cảnh"),
            ProductKind("Cây cảnh bonsai", .ornamental, trade: "hoa cây cảnh"),
        ]),
        (6, [
            ProductKind("Du lịch cộng đồng", .tourism, trade: "du lịch cộng đồng"),
            ProductKind("Điểm du lịch sinh thái", .tourism, trade: "du lịch sinh thái"),
        ]),
    ]

    /// Communes and wards of each district (with their "Xã", "Phường", "Thị trấn" prefix).
    static let communes: [String: [String]] = [
        "148": ["Phường Phương Lâm", "Phường Tân Thịnh", "Phường Thịnh Lang", "Phường Dân Chủ", "Xã Hòa Bình",
                "Xã Yên Mông", "Xã Độc Lập", "Xã Quang Tiến", "Xã Mông Hóa", "Xã Trung Minh"],
        "150": ["Thị trấn Đà Bắc", "Xã Tiền Phong", "Xã Cao Sơn", "Xã Tân Minh", "Xã Đồng Chum", "Xã Mường Chiềng",
                "Xã Hiền Lương", "Xã Toàn Sơn"],
        "152": ["Thị trấn Lương Sơn", "Xã Cư Yên", "Xã Lâm Sơn", "Xã Liên Sơn", "Xã Hòa Sơn", "Xã Nhuận Trạch",
                "Xã Cao Dương", "Xã Thanh Sơn", "Xã Tân Vinh"],
        "153": ["Thị trấn Bo", "Xã Vĩnh Đồng", "Xã Hợp Tiến", "Xã Nật Sơn", "Xã Đú Sáng", "Xã Bình Sơn",
                "Xã Xuân Thủy", "Xã Kim Lập"],
        "154": ["Thị trấn Cao Phong", "Xã Bắc Phong", "Xã Thu Phong", "Xã Tây Phong", "Xã Dũng Phong",
                "Xã Nam Phong", "Xã Thạch Yên", "Xã Xuân Phong"],
        "155": ["Thị trấn Mãn Đức", "Xã Phong Phú", "Xã Quyết Chiến", "Xã Ngọc Mỹ", "Xã Đông Lai", "Xã Thanh Hối",
                "Xã Mỹ Hòa", "Xã Lỗ Sơn"],
        "156": ["Thị trấn Mai Châu", "Xã Chiềng Châu", "Xã Pà Cò", "Xã Hang Kia", "Xã Vạn Mai", "Xã Mai Hạ",
                "Xã Nà Phòn", "Xã Sơn Thủy"],
        "157": ["Thị trấn Vụ Bản", "Xã Ân Nghĩa", "Xã Tân Lập", "Xã Ngọc Lâu", "Xã Tự Do", "Xã Văn Sơn",
                "Xã Nhân Nghĩa", "Xã Mỹ Thành"],
        "158": ["Thị trấn Hàng Trạm", "Xã Lạc Thịnh", "Xã Phú Lai", "Xã Yên Trị", "Xã Ngọc Lương", "Xã Đoàn Kết",
                "Xã Bảo Hiệu", "Xã Đa Phúc"],
        "159": ["Thị trấn Chi Nê", "Thị trấn Ba Hàng Đồi", "Xã Phú Thành", "Xã Phú Nghĩa", "Xã Đồng Tâm",
                "Xã Hưng Thi", "Xã Khoan Dụ", "Xã An Bình", "Xã Yên Bồng"],
    ]

    /// Each district's best-known products, certified before any generated one. Some carry the
    /// spellings that make CSV quoting matter: a comma, a quote, a line break typed with Alt+Enter.
    static let specialties: [String: [ProductIdentity]] = [
        "148": [ProductIdentity(name: "Cá sông Đà Hòa Bình", producer: "HTX thủy sản sông Đà",
                                commune: "Phường Tân Thịnh", category: .food)],
        "150": [ProductIdentity(name: "Chè Shan tuyết Tân Minh", producer: "HTX chè Shan tuyết Tân Minh",
                                commune: "Xã Tân Minh", category: .beverage)],
        "152": [ProductIdentity(name: "Nấm linh chi Lương Sơn",
                                producer: "Công ty CP Nông sản sạch Hòa Bình, chi nhánh Lương Sơn",
                                commune: "Xã Lâm Sơn", category: .herbal)],
        "153": [ProductIdentity(name: "Nước khoáng Kim Bôi", producer: "Công ty CP Khoáng nóng Kim Bôi",
                                commune: "Xã Vĩnh Đồng", category: .beverage)],
        "154": [ProductIdentity(name: "Cam Cao Phong, loại đặc biệt", producer: "HTX cây ăn quả Cao Phong",
                                commune: "Thị trấn Cao Phong", category: .food),
                ProductIdentity(name: "Cam sấy dẻo\n(hộp 250 g)", producer: "Hộ kinh doanh Bùi Thị Hằng",
                                commune: "Xã Bắc Phong", category: .food)],
        "155": [ProductIdentity(name: "Bưởi đỏ Tân Lạc", producer: "HTX nông nghiệp Mỹ Hòa",
                                commune: "Xã Mỹ Hòa", category: .food)],
        "156": [ProductIdentity(name: "Rượu ngô men lá \"Mai Hạ\"", producer: "HTX rượu Mai Hạ",
                                commune: "Xã Mai Hạ", category: .beverage),
                ProductIdentity(name: "Thổ cẩm bản Lác", producer: "Tổ hợp tác dệt thổ cẩm bản Lác",
                                commune: "Xã Chiềng Châu", category: .handicraft)],
        "157": [ProductIdentity(name: "Gạo nếp cẩm Lạc Sơn", producer: "HTX nông nghiệp Ân Nghĩa",
                                commune: "Xã Ân Nghĩa", category: .food)],
        "158": [ProductIdentity(name: "Mía tím Yên Thủy", producer: "HTX mía Yên Trị",
                                commune: "Xã Yên Trị", category: .food)],
        "159": [ProductIdentity(name: "Mật ong hoa nhãn Lạc Thủy", producer: "HTX mật ong Phú Thành",
                                commune: "Xã Phú Thành", category: .food)],
    ]

    /// Company names ("Công ty TNHH …").
    static let brands = ["Hòa Bình Xanh", "Nông sản Mường", "Sông Đà", "Đất Mường", "Tây Bắc Food",
                         "Hương Rừng", "An Phú", "Minh Đức", "Hoàng Long", "Bảo An"]
    /// Household heads' names: common Mường, Thái and Kinh surnames, then middle and given names that go together.
    static let surnames = ["Bùi", "Đinh", "Quách", "Hà", "Xa", "Lò", "Vì", "Nguyễn", "Trần", "Sa"]
    static let givenNames: [(middle: [String], given: [String])] = [
        (["Văn", "Đức", "Minh"], ["Khánh", "Hùng", "Dũng", "Tuấn", "Sơn", "Cường"]),
        (["Thị", "Ngọc"], ["Lan", "Thắm", "Hoa", "Nhung", "Phượng", "Hằng"]),
    ]
}
